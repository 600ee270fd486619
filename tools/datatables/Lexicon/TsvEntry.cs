using StyleLint.Checking.Detectors.RunTogether;

namespace StyleLint.DataTables.Lexicon;

/// <summary>One line of lexicon.tsv.gz: the lower-cased form as UTF-8 and its columns.</summary>
internal sealed record TsvEntry(byte[] Form, int Count, LexiconFlags Flags, int Modifier, int Head, int NameTail);

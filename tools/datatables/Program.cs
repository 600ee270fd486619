using StyleLint.DataTables.Lexicon;
using StyleLint.DataTables.Names;

// Build tool: StyleLint.Core's data as ready hash tables, written at build time (see StyleLint.Core.csproj).
//   lexicon <lexicon.tsv.gz> <lexicon.bin>
//   names <names.tsv.gz> <english-words.txt.gz> <names.bin>
try
{
    switch (args)
    {
        case ["lexicon", string source, string output]:
        {
            IReadOnlyList<TsvEntry> entries = TsvReader.Read(source);
            Write(output, TableWriter.Build(entries), $"{entries.Count} forms");
            return 0;
        }
        case ["names", string names, string english, string output]:
        {
            SortedDictionary<string, StyleLint.Checking.Detectors.Names.NameFlags> keys = NameSets.Build(names, english);
            Write(output, NameTableWriter.Build(keys), $"{keys.Count} words");
            return 0;
        }
        default:
            Console.Error.WriteLine("usage: StyleLint.DataTables lexicon <lexicon.tsv.gz> <lexicon.bin> | names <names.tsv.gz> <english-words.txt.gz> <names.bin>");
            return 2;
    }
}
catch (Exception e) when (e is InvalidDataException or IOException)
{
    Console.Error.WriteLine($"StyleLint.DataTables: error: {e.Message}");
    return 1;
}

// Written beside and renamed, so an interrupted build never leaves a half-written table that looks up to date.
static void Write(string path, byte[] table, string what)
{
    string temporary = path + ".tmp";
    File.WriteAllBytes(temporary, table);
    File.Move(temporary, path, overwrite: true);
    Console.WriteLine($"{Path.GetFileName(path)}: {what}, {table.Length} bytes");
}

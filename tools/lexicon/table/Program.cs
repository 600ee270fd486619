using StyleLint.LexiconTable;

// Usage: StyleLint.LexiconTable <lexicon.tsv.gz> <lexicon.bin>
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: StyleLint.LexiconTable <lexicon.tsv.gz> <lexicon.bin>");
    return 2;
}
try
{
    IReadOnlyList<TsvEntry> entries = TsvReader.Read(args[0]);
    byte[] table = TableWriter.Build(entries);
    // Written beside and renamed, so an interrupted build never leaves a half-written table that looks up to date.
    string temporary = args[1] + ".tmp";
    File.WriteAllBytes(temporary, table);
    File.Move(temporary, args[1], overwrite: true);
    Console.WriteLine($"lexicon table: {entries.Count} forms, {table.Length} bytes -> {args[1]}");
    return 0;
}
catch (Exception e) when (e is InvalidDataException or IOException)
{
    Console.Error.WriteLine($"{args[0]}: error: {e.Message}");
    return 1;
}

namespace StyleLint.Vale.Hunspell;

/// <summary>An .aff or .dic file StyleLint cannot read; the message names the file and line.</summary>
public sealed class HunspellFormatException(string message) : Exception(message);

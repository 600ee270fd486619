using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace StyleLint.Checking.Detectors.RunTogether;

/// <summary>
/// A word of up to 16 ASCII characters as the lexicon keys it: lower-cased, one byte a character, packed into two
/// <see cref="ulong"/>s with the bytes past its end zero. Made with a few vector instructions for the whole word
/// instead of a loop a character: every word of every document is packed.
/// </summary>
internal static class PackedKey
{
    public const int MaxLength = 16;

    /// <summary>
    /// Packs the word of <paramref name="length"/> characters at the start of <paramref name="text"/> (which may go on
    /// past it: then the word is read with two vector loads); false when the word is longer than <see cref="MaxLength"/>
    /// or has a character beyond ASCII other than ’, which packs as ' (the lexicon writes apostrophes straight).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryPackLower(ReadOnlySpan<char> text, int length, out ulong low, out ulong high)
    {
        if ((uint)length > MaxLength || length > text.Length || !Vector128.IsHardwareAccelerated || text.Length < MaxLength)
        {
            return TryPackLowerOneByOne(text, length, out low, out high);
        }
        // Sixteen characters are read whatever the length; those past the word are masked off.
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        Vector128<ushort> head = StraightenApostrophes(Vector128.LoadUnsafe(ref first));
        Vector128<ushort> tail = StraightenApostrophes(Vector128.LoadUnsafe(ref first, 8));
        // The bytes a key of this length keeps: those whose index is below it (computed, not read from a table of
        // masks, whose static field the hot loops would check for initialisation on every word).
        Vector128<byte> kept = Vector128.LessThan(Vector128<byte>.Indices, Vector128.Create((byte)length));
        Vector128<ushort> limit = Vector128.Create((ushort)0x7F);
        Vector128<byte> beyondAscii = Vector128.Narrow(Vector128.GreaterThan(head, limit), Vector128.GreaterThan(tail, limit)) & kept;
        if (beyondAscii != Vector128<byte>.Zero)
        {
            low = high = 0;
            return false;
        }
        return Finish(Vector128.Narrow(head, tail) & kept, out low, out high);
    }

    /// <summary>
    /// The same a character at a time, for a word too near the end of its text for a 16-character read (a word
    /// looked up on its own, a piece of a token) or without vector hardware.
    /// </summary>
    private static bool TryPackLowerOneByOne(ReadOnlySpan<char> text, int length, out ulong low, out ulong high)
    {
        low = high = 0;
        if ((uint)length > MaxLength || length > text.Length) return false;
        for (int i = 0; i < length; i++)
        {
            char c = text[i] == '\u2019' ? '\'' : text[i];
            if (c > 0x7F) return false;
            if (i < 8) low |= (ulong)c << (8 * i);
            else high |= (ulong)c << (8 * (i - 8));
        }
        return Finish(Vector128.Create(low, high).AsByte(), out low, out high);
    }

    /// <summary>Lower-cases the key's bytes and splits them into two words.</summary>
    private static bool Finish(Vector128<byte> bytes, out ulong low, out ulong high)
    {
        // A–Z, and only they, take the 0x20 bit: the same bytes as Ascii.ToLower writes.
        Vector128<byte> upper = Vector128.LessThanOrEqual(bytes - Vector128.Create((byte)'A'), Vector128.Create((byte)('Z' - 'A')));
        bytes |= upper & Vector128.Create((byte)0x20);
        low = bytes.AsUInt64().GetElement(0);
        high = bytes.AsUInt64().GetElement(1);
        return true;
    }

    /// <summary>The key's bytes, written into <paramref name="buffer"/> (at least <see cref="MaxLength"/> bytes).</summary>
    public static ReadOnlySpan<byte> Bytes(ulong low, ulong high, int length, Span<byte> buffer)
    {
        MemoryMarshal.Write(buffer, low);
        MemoryMarshal.Write(buffer[8..], high);
        return buffer[..length];
    }

    private static Vector128<ushort> StraightenApostrophes(Vector128<ushort> chars) =>
        Vector128.ConditionalSelect(Vector128.Equals(chars, Vector128.Create((ushort)'\u2019')), Vector128.Create((ushort)'\''), chars);
}

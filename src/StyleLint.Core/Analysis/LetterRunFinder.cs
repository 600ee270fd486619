using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace StyleLint.Analysis;

/// <summary>
/// Finds every maximal run of letters and digits (<see cref="char.IsLetterOrDigit(char)"/>) in a text. A test per
/// character costs little, but a branch on it at both ends of every run is mispredicted about twice a word; so the
/// text is classified 16 characters at a time into a bit mask (ASCII by vector compares, a block holding any other
/// character one character at a time), and the runs' ends are read off the mask's edges.
/// </summary>
public static class LetterRunFinder
{
    private const int Block = 16;

    public static TextSpan[] Find(string text)
    {
        // Runs are separated, so there are at most (n + 1) / 2: one pooled buffer, then an array of the exact size.
        TextSpan[] buffer = ArrayPool<TextSpan>.Shared.Rent((text.Length + 1) / 2);
        int count = 0;
        ReadOnlySpan<char> span = text;
        ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span));
        bool inRun = false;     // whether the character before the current block is a letter or digit
        int start = 0;          // where the open run started, when inRun
        int i = 0;
        for (; i + Block <= span.Length; i += Block)
        {
            uint mask = Vector128.IsHardwareAccelerated
                ? AsciiMask(Vector128.LoadUnsafe(ref chars, (nuint)i), Vector128.LoadUnsafe(ref chars, (nuint)(i + 8)), span.Slice(i, Block))
                : ScalarMask(span.Slice(i, Block));
            // A bit where the mask changes from the character before is a run's start (set) or end (clear).
            uint before = (mask << 1) | (inRun ? 1u : 0u);
            uint edges = (mask ^ before) & 0xFFFF;
            while (edges != 0)
            {
                int at = i + BitOperations.TrailingZeroCount(edges);
                if (inRun) buffer[count++] = TextSpan.FromBounds(start, at);
                else start = at;
                inRun = !inRun;
                edges &= edges - 1;
            }
        }
        for (; i < span.Length; i++)
        {
            bool letter = char.IsLetterOrDigit(span[i]);
            if (letter == inRun) continue;
            if (inRun) buffer[count++] = TextSpan.FromBounds(start, i);
            else start = i;
            inRun = letter;
        }
        if (inRun) buffer[count++] = TextSpan.FromBounds(start, span.Length);
        TextSpan[] runs = buffer.AsSpan(0, count).ToArray();
        ArrayPool<TextSpan>.Shared.Return(buffer);
        return runs;
    }

    /// <summary>Bit j set when character j of the block is a letter or digit: by vector compares when all are ASCII.</summary>
    private static uint AsciiMask(Vector128<ushort> low, Vector128<ushort> high, ReadOnlySpan<char> block)
    {
        Vector128<ushort> limit = Vector128.Create((ushort)127);
        if (Vector128.GreaterThanAny(low, limit) || Vector128.GreaterThanAny(high, limit)) return ScalarMask(block);
        return LettersAndDigits(low) | (LettersAndDigits(high) << 8);
    }

    private static uint LettersAndDigits(Vector128<ushort> chars)
    {
        // Unsigned: c - '0' <= 9 for a digit; (c | 0x20) - 'a' <= 25 for a letter of either case.
        Vector128<ushort> digit = Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
        Vector128<ushort> letter = Vector128.LessThanOrEqual((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)25));
        return (digit | letter).ExtractMostSignificantBits();
    }

    private static uint ScalarMask(ReadOnlySpan<char> block)
    {
        uint mask = 0;
        for (int j = 0; j < block.Length; j++)
        {
            if (char.IsLetterOrDigit(block[j])) mask |= 1u << j;
        }
        return mask;
    }

    /// <summary>The definition <see cref="Find"/> must agree with: one test of every character.</summary>
    internal static TextSpan[] FindByCharacter(string text)
    {
        var runs = new List<TextSpan>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            runs.Add(TextSpan.FromBounds(start, i));
        }
        return runs.ToArray();
    }
}

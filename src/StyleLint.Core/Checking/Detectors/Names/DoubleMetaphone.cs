using System.Text;

namespace StyleLint.Checking.Detectors.Names;

/// <summary>
/// A phonetic key for names after Lawrence Philips' Double Metaphone (2000): a primary key and an alternate one
/// for names whose origin allows two readings (Schmidt: XMT / SMT). Written for this project from the published
/// rules; it keeps the rules that matter for names in English-language news and leaves out a few rare ones.
/// Keys use the usual alphabet (0 = "th", X = "sh"/"ch", J, K, S…); vowels count only at the start (as A).
/// </summary>
public static class DoubleMetaphone
{
    /// <summary>The primary and alternate keys of a word, each at most <paramref name="maxLength"/> symbols.</summary>
    public static (string Primary, string Alternate) Encode(string word, int maxLength = 6)
    {
        string w = Normalize(word);
        if (w.Length == 0) return ("", "");
        var enc = new Encoder(w, maxLength);
        enc.Run();
        return (enc.Primary, enc.Alternate);
    }

    /// <summary>Whether two words share a key (primary or alternate on either side).</summary>
    public static bool SoundAlike(string a, string b, int maxLength = 6)
    {
        (string p1, string a1) = Encode(a, maxLength);
        (string p2, string a2) = Encode(b, maxLength);
        if (p1.Length == 0 || p2.Length == 0) return false;
        return p1 == p2 || p1 == a2 || a1 == p2 || a1 == a2;
    }

    private static string Normalize(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (char ch in word.Normalize(NormalizationForm.FormD))
        {
            if (char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            char c = char.ToUpperInvariant(ch);
            if (c is >= 'A' and <= 'Z') sb.Append(c);
            else if (c == 'Ç') sb.Append('S');
            else if (c == 'Ñ') sb.Append('N');
        }
        return sb.ToString();
    }

    private sealed class Encoder(string w, int maxLength)
    {
        private readonly StringBuilder primary = new();
        private readonly StringBuilder alternate = new();
        private readonly int last = w.Length - 1;
        private readonly bool slavoGermanic = w.Contains('W') || w.Contains('K') || w.Contains("CZ", StringComparison.Ordinal) || w.Contains("WITZ", StringComparison.Ordinal);

        public string Primary => Cap(primary);

        public string Alternate => Cap(alternate);

        private string Cap(StringBuilder sb) => sb.Length > maxLength ? sb.ToString(0, maxLength) : sb.ToString();

        private char At(int i) => i >= 0 && i < w.Length ? w[i] : '\0';

        private bool Is(int start, params string[] options)
        {
            if (start < 0) return false;
            foreach (string o in options)
            {
                if (start + o.Length <= w.Length && string.CompareOrdinal(w, start, o, 0, o.Length) == 0) return true;
            }
            return false;
        }

        private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y';

        private void Add(string both) { primary.Append(both); alternate.Append(both); }

        private void Add(string main, string alt) { primary.Append(main); alternate.Append(alt); }

        public void Run()
        {
            int i = 0;
            if (Is(0, "GN", "KN", "PN", "WR", "PS")) i = 1;
            if (At(0) == 'X') { Add("S"); i = 1; }

            while (i <= last && (primary.Length < maxLength || alternate.Length < maxLength))
            {
                char c = w[i];
                switch (c)
                {
                    case 'A' or 'E' or 'I' or 'O' or 'U' or 'Y':
                        if (i == 0) Add("A");
                        i++;
                        break;
                    case 'B':
                        Add("P");
                        i += At(i + 1) == 'B' ? 2 : 1;
                        break;
                    case 'C':
                        i = C(i);
                        break;
                    case 'D':
                        if (Is(i, "DG"))
                        {
                            if (Is(i + 2, "I", "E", "Y")) { Add("J"); i += 3; }
                            else { Add("TK"); i += 2; }
                        }
                        else
                        {
                            Add("T");
                            i += Is(i, "DT", "DD") ? 2 : 1;
                        }
                        break;
                    case 'F':
                        Add("F");
                        i += At(i + 1) == 'F' ? 2 : 1;
                        break;
                    case 'G':
                        i = G(i);
                        break;
                    case 'H':
                        if ((i == 0 || IsVowel(At(i - 1))) && IsVowel(At(i + 1))) { Add("H"); i += 2; }
                        else i++;
                        break;
                    case 'J':
                        if (Is(i, "JOSE") || Is(0, "SAN "))
                        {
                            if ((i == 0 && At(i + 4) == '\0') || Is(0, "SAN ")) Add("H");
                            else Add("J", "H");
                        }
                        else if (i == 0) Add("J", "A");
                        else if (IsVowel(At(i - 1)) && !slavoGermanic && (At(i + 1) == 'A' || At(i + 1) == 'O')) Add("J", "H");
                        else if (i == last) Add("J", "");
                        else Add("J");
                        i += At(i + 1) == 'J' ? 2 : 1;
                        break;
                    case 'K':
                        Add("K");
                        i += At(i + 1) == 'K' ? 2 : 1;
                        break;
                    case 'L':
                        if (At(i + 1) == 'L')
                        {
                            bool spanish = (i == last - 2 && Is(i - 1, "ILLO", "ILLA", "ALLE")) ||
                                           ((Is(last - 1, "AS", "OS") || Is(last, "A", "O")) && Is(i - 1, "ALLE"));
                            if (spanish) Add("L", ""); else Add("L");
                            i += 2;
                        }
                        else { Add("L"); i++; }
                        break;
                    case 'M':
                        Add("M");
                        i += (Is(i - 1, "UMB") && (i + 1 == last || Is(i + 2, "ER"))) || At(i + 1) == 'M' ? 2 : 1;
                        break;
                    case 'N':
                        Add("N");
                        i += At(i + 1) == 'N' ? 2 : 1;
                        break;
                    case 'P':
                        if (At(i + 1) == 'H') { Add("F"); i += 2; }
                        else { Add("P"); i += At(i + 1) is 'P' or 'B' ? 2 : 1; }
                        break;
                    case 'Q':
                        Add("K");
                        i += At(i + 1) == 'Q' ? 2 : 1;
                        break;
                    case 'R':
                        if (i == last && !slavoGermanic && Is(i - 2, "IE") && !Is(i - 4, "ME", "MA")) Add("", "R");
                        else Add("R");
                        i += At(i + 1) == 'R' ? 2 : 1;
                        break;
                    case 'S':
                        i = S(i);
                        break;
                    case 'T':
                        if (Is(i, "TION") || Is(i, "TIA", "TCH")) { Add("X"); i += 3; }
                        else if (Is(i, "TH", "TTH"))
                        {
                            if (Is(i + 2, "OM", "AM") || Is(0, "VAN ", "VON ", "SCH")) Add("T");
                            else Add("0", "T");
                            i += 2;
                        }
                        else { Add("T"); i += Is(i + 1, "T", "D") ? 2 : 1; }
                        break;
                    case 'V':
                        Add("F");
                        i += At(i + 1) == 'V' ? 2 : 1;
                        break;
                    case 'W':
                        if (Is(i, "WR")) { Add("R"); i += 2; break; }
                        if (i == 0 && (IsVowel(At(i + 1)) || Is(i, "WH")))
                        {
                            if (IsVowel(At(i + 1))) Add("A", "F"); else Add("A");
                        }
                        if ((i == last && IsVowel(At(i - 1))) || Is(i - 1, "EWSKI", "EWSKY", "OWSKI", "OWSKY") || Is(0, "SCH"))
                        {
                            Add("", "F");
                        }
                        else if (Is(i, "WICZ", "WITZ"))
                        {
                            Add("TS", "FX");
                            i += 4;
                            break;
                        }
                        i++;
                        break;
                    case 'X':
                        if (!(i == last && (Is(i - 3, "IAU", "EAU") || Is(i - 2, "AU", "OU")))) Add("KS");
                        i += At(i + 1) is 'C' or 'X' ? 2 : 1;
                        break;
                    case 'Z':
                        if (At(i + 1) == 'H') { Add("J"); i += 2; break; }
                        if (Is(i + 1, "ZO", "ZI", "ZA") || (slavoGermanic && i > 0 && At(i - 1) != 'T')) Add("S", "TS");
                        else Add("S");
                        i += At(i + 1) == 'Z' ? 2 : 1;
                        break;
                    default:
                        i++;
                        break;
                }
            }
        }

        private int C(int i)
        {
            // Germanic "-ACH-" as in Bacher, Macher.
            if (i > 1 && !IsVowel(At(i - 2)) && Is(i - 1, "ACH") && At(i + 2) != 'I' && (At(i + 2) != 'E' || Is(i - 2, "BACHER", "MACHER")))
            {
                Add("K");
                return i + 2;
            }
            if (i == 0 && Is(i, "CAESAR")) { Add("S"); return i + 2; }
            if (Is(i, "CHIA")) { Add("K"); return i + 2; }
            if (Is(i, "CH"))
            {
                if (i > 0 && Is(i, "CHAE")) { Add("K", "X"); return i + 2; }
                bool greekStart = i == 0 && (Is(i + 1, "HARAC", "HARIS") || Is(i + 1, "HOR", "HYM", "HIA", "HEM")) && !Is(0, "CHORE");
                bool germanic = Is(0, "VAN ", "VON ", "SCH") || Is(i - 2, "ORCHES", "ARCHIT", "ORCHID") || Is(i + 2, "T", "S") ||
                                ((Is(i - 1, "A", "O", "U", "E") || i == 0) && Is(i + 2, "L", "R", "N", "M", "B", "H", "F", "V", "W"));
                if (greekStart || germanic) Add("K");
                else if (i > 0) { if (Is(0, "MC")) Add("K"); else Add("X", "K"); }
                else Add("X");
                return i + 2;
            }
            if (Is(i, "CZ") && !Is(i - 2, "WICZ")) { Add("S", "X"); return i + 2; }
            if (Is(i + 1, "CIA")) { Add("X"); return i + 3; }
            if (Is(i, "CC") && !(i == 1 && At(0) == 'M'))
            {
                if (Is(i + 2, "I", "E", "H") && !Is(i + 2, "HU"))
                {
                    if ((i == 1 && At(0) == 'A') || Is(i - 1, "UCCEE", "UCCES")) Add("KS"); else Add("X");
                    return i + 3;
                }
                Add("K");
                return i + 2;
            }
            if (Is(i, "CK", "CG", "CQ")) { Add("K"); return i + 2; }
            if (Is(i, "CI", "CE", "CY"))
            {
                if (Is(i, "CIO", "CIE", "CIA")) Add("S", "X"); else Add("S");
                return i + 2;
            }
            Add("K");
            if (Is(i + 1, " C", " Q", " G")) return i + 3;
            if (Is(i + 1, "C", "K", "Q") && !Is(i + 1, "CE", "CI")) return i + 2;
            return i + 1;
        }

        private int G(int i)
        {
            char next = At(i + 1);
            if (next == 'H')
            {
                if (i > 0 && !IsVowel(At(i - 1))) { Add("K"); return i + 2; }
                if (i == 0)
                {
                    if (At(i + 2) == 'I') Add("J"); else Add("K");
                    return i + 2;
                }
                if ((i > 1 && Is(i - 2, "B", "H", "D")) || (i > 2 && Is(i - 3, "B", "H", "D")) || (i > 3 && Is(i - 4, "B", "H")))
                {
                    return i + 2;
                }
                if (i > 2 && At(i - 1) == 'U' && Is(i - 3, "C", "G", "L", "R", "T")) Add("F");
                else if (i > 0 && At(i - 1) != 'I') Add("K");
                return i + 2;
            }
            if (next == 'N')
            {
                if (i == 1 && IsVowel(At(0)) && !slavoGermanic) Add("KN", "N");
                else if (!Is(i + 2, "EY") && next != 'Y' && !slavoGermanic) Add("N", "KN");
                else Add("KN");
                return i + 2;
            }
            if (Is(i + 1, "LI") && !slavoGermanic) { Add("KL", "L"); return i + 2; }
            if (i == 0 && (next == 'Y' || Is(i + 1, "ES", "EP", "EB", "EL", "EY", "IB", "IL", "IN", "IE", "EI", "ER")))
            {
                Add("K", "J");
                return i + 2;
            }
            if ((Is(i + 1, "ER") || next == 'Y') && !Is(0, "DANGER", "RANGER", "MANGER") && !Is(i - 1, "E", "I") && !Is(i - 1, "RGY", "OGY"))
            {
                Add("K", "J");
                return i + 2;
            }
            if (next is 'E' or 'I' or 'Y' || Is(i - 1, "AGGI", "OGGI"))
            {
                if (Is(0, "VAN ", "VON ", "SCH") || Is(i + 1, "ET")) Add("K");
                else if (Is(i + 1, "IER")) Add("J");
                else Add("J", "K");
                return i + 2;
            }
            Add("K");
            return next == 'G' ? i + 2 : i + 1;
        }

        private int S(int i)
        {
            if (Is(i - 1, "ISL", "YSL")) return i + 1;
            if (i == 0 && Is(i, "SUGAR")) { Add("X", "S"); return i + 1; }
            if (Is(i, "SH"))
            {
                if (Is(i + 1, "HEIM", "HOEK", "HOLM", "HOLZ")) Add("S"); else Add("X");
                return i + 2;
            }
            if (Is(i, "SIO", "SIA") || Is(i, "SIAN"))
            {
                if (slavoGermanic) Add("S"); else Add("S", "X");
                return i + 3;
            }
            if ((i == 0 && Is(i + 1, "M", "N", "L", "W")) || Is(i + 1, "Z"))
            {
                Add("S", "X");
                return Is(i + 1, "Z") ? i + 2 : i + 1;
            }
            if (Is(i, "SC"))
            {
                if (At(i + 2) == 'H')
                {
                    if (Is(i + 3, "OO", "ER", "EN", "UY", "ED", "EM"))
                    {
                        if (Is(i + 3, "ER", "EN")) Add("X", "SK"); else Add("SK");
                    }
                    else if (i == 0 && !IsVowel(At(3)) && At(3) != 'W') Add("X", "S");
                    else Add("X");
                    return i + 3;
                }
                if (Is(i + 2, "I", "E", "Y")) { Add("S"); return i + 3; }
                Add("SK");
                return i + 3;
            }
            if (i == last && Is(i - 2, "AI", "OI")) Add("", "S");
            else Add("S");
            return Is(i + 1, "S", "Z") ? i + 2 : i + 1;
        }
    }
}

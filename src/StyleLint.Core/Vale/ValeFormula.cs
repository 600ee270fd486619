using System.Globalization;

namespace StyleLint.Vale;

/// <summary>
/// The expressions of metric rules (Vale evaluates them as Tengo scripts): numbers, variables, + - * / and
/// parentheses, math.sqrt/pow/abs/log/floor/ceil, and a comparison (&gt; &lt; &gt;= &lt;= == !=) giving 1 or 0.
/// A variable the document does not define is an error (<see cref="FormatException"/>), as in Tengo.
/// </summary>
public static class ValeFormula
{
    public static double Evaluate(string expression, IReadOnlyDictionary<string, double> variables)
    {
        int at = 0;
        double value = Comparison(expression, ref at, variables);
        Skip(expression, ref at);
        if (at != expression.Length) throw new FormatException("unexpected text in formula at " + at);
        return value;
    }

    private static void Skip(string s, ref int at) { while (at < s.Length && char.IsWhiteSpace(s[at])) at++; }

    private static double Comparison(string s, ref int at, IReadOnlyDictionary<string, double> v)
    {
        double left = Sum(s, ref at, v);
        Skip(s, ref at);
        foreach (string op in new[] { ">=", "<=", "==", "!=", ">", "<" })
        {
            if (string.CompareOrdinal(s, at, op, 0, op.Length) != 0) continue;
            at += op.Length;
            double right = Sum(s, ref at, v);
            bool result = op switch { ">=" => left >= right, "<=" => left <= right, "==" => left == right, "!=" => left != right, ">" => left > right, _ => left < right };
            return result ? 1 : 0;
        }
        return left;
    }

    private static double Sum(string s, ref int at, IReadOnlyDictionary<string, double> v)
    {
        double value = Product(s, ref at, v);
        while (true)
        {
            Skip(s, ref at);
            if (at >= s.Length || (s[at] != '+' && s[at] != '-')) return value;
            char op = s[at++];
            double right = Product(s, ref at, v);
            value = op == '+' ? value + right : value - right;
        }
    }

    private static double Product(string s, ref int at, IReadOnlyDictionary<string, double> v)
    {
        double value = Unary(s, ref at, v);
        while (true)
        {
            Skip(s, ref at);
            if (at >= s.Length || (s[at] != '*' && s[at] != '/')) return value;
            char op = s[at++];
            double right = Unary(s, ref at, v);
            value = op == '*' ? value * right : value / right;
        }
    }

    private static double Unary(string s, ref int at, IReadOnlyDictionary<string, double> v)
    {
        Skip(s, ref at);
        if (at < s.Length && s[at] == '-') { at++; return -Unary(s, ref at, v); }
        if (at < s.Length && s[at] == '+') { at++; return Unary(s, ref at, v); }
        return Atom(s, ref at, v);
    }

    private static double Atom(string s, ref int at, IReadOnlyDictionary<string, double> v)
    {
        Skip(s, ref at);
        if (at >= s.Length) throw new FormatException("formula ends early");
        if (s[at] == '(')
        {
            at++;
            double inner = Comparison(s, ref at, v);
            Skip(s, ref at);
            if (at >= s.Length || s[at] != ')') throw new FormatException("')' expected");
            at++;
            return inner;
        }
        int start = at;
        if (char.IsDigit(s[at]) || s[at] == '.')
        {
            while (at < s.Length && (char.IsDigit(s[at]) || s[at] == '.')) at++;
            if (at < s.Length && s[at] is 'e' or 'E')
            {
                at++;
                if (at < s.Length && s[at] is '+' or '-') at++;
                while (at < s.Length && char.IsDigit(s[at])) at++;
            }
            return double.Parse(s[start..at], NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        while (at < s.Length && (char.IsLetterOrDigit(s[at]) || s[at] is '_' or '.')) at++;
        string name = s[start..at];
        if (name.Length == 0) throw new FormatException("unexpected '" + s[at] + "'");
        if (name.StartsWith("math.", StringComparison.Ordinal))
        {
            Skip(s, ref at);
            if (at >= s.Length || s[at] != '(') throw new FormatException("'(' expected after " + name);
            at++;
            var args = new List<double> { Comparison(s, ref at, v) };
            Skip(s, ref at);
            while (at < s.Length && s[at] == ',') { at++; args.Add(Comparison(s, ref at, v)); Skip(s, ref at); }
            if (at >= s.Length || s[at] != ')') throw new FormatException("')' expected");
            at++;
            return name switch
            {
                "math.sqrt" => Math.Sqrt(args[0]),
                "math.abs" => Math.Abs(args[0]),
                "math.log" => Math.Log(args[0]),
                "math.log10" => Math.Log10(args[0]),
                "math.floor" => Math.Floor(args[0]),
                "math.ceil" => Math.Ceiling(args[0]),
                "math.pow" when args.Count == 2 => Math.Pow(args[0], args[1]),
                _ => throw new FormatException("unknown function " + name),
            };
        }
        if (v.TryGetValue(name, out double value)) return value;
        throw new FormatException("unresolved reference '" + name + "'");
    }
}

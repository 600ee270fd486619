using System.Security.Cryptography;
using System.Text;

namespace StyleLint.Server;

/// <summary>A token file or the tokens variable that cannot be used; the server does not start.</summary>
public sealed class ServerStartException(string message) : Exception(message);

/// <summary>
/// The bearer tokens a caller may present. Only SHA-256 hashes are kept, and a presented token is compared with
/// every one of them by <see cref="CryptographicOperations.FixedTimeEquals"/> without stopping early, so neither the
/// content nor the length of a token leaks through timing. Tokens never reach a log.
/// </summary>
public sealed class TokenStore
{
    /// <summary>Shorter tokens are refused: a guessable token is no protection.</summary>
    public const int MinLength = 16;

    private readonly byte[][] fixedHashes;
    private byte[][] fileHashes = [];

    public TokenStore(IReadOnlyList<string> tokens, string? tokenFile)
    {
        fixedHashes = tokens.Select(Check).Select(Hash).ToArray();
        TokenFile = tokenFile;
        if (tokenFile != null) fileHashes = ReadFile(tokenFile);
    }

    public string? TokenFile { get; }

    /// <summary>Whether any token source was configured; with none the server only serves loopback addresses, anonymously.</summary>
    public bool Required => fixedHashes.Length > 0 || TokenFile != null;

    public int Count => fixedHashes.Length + Volatile.Read(ref fileHashes).Length;

    public bool IsValid(ReadOnlySpan<char> presented)
    {
        if (presented.IsEmpty || presented.Length > 4096) return false;
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        byte[] bytes = new byte[Encoding.UTF8.GetByteCount(presented)];
        Encoding.UTF8.GetBytes(presented, bytes);
        SHA256.HashData(bytes, hash);
        bool match = false;
        foreach (byte[] known in fixedHashes) match |= CryptographicOperations.FixedTimeEquals(known, hash);
        foreach (byte[] known in Volatile.Read(ref fileHashes)) match |= CryptographicOperations.FixedTimeEquals(known, hash);
        return match;
    }

    /// <summary>Re-reads the token file (after it changed); the old tokens stay if it cannot be read or is invalid.</summary>
    public void ReloadFile()
    {
        if (TokenFile != null) Volatile.Write(ref fileHashes, ReadFile(TokenFile));
    }

    /// <summary>Tokens separated by commas or white space.</summary>
    public static IReadOnlyList<string> Split(string value) =>
        value.Split([',', ' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);

    private static byte[][] ReadFile(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ServerStartException($"{path}: the token file cannot be read ({e.GetType().Name})");
        }
        return lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(token => Hash(Check(token, path))).ToArray();
    }

    private static string Check(string token) => Check(token, ServerOptions.TokensVariable);

    private static string Check(string token, string source) =>
        token.Length >= MinLength && token.All(c => c > ' ' && c < 0x7F)
            ? token
            : throw new ServerStartException($"{source}: a token must be at least {MinLength} printable ASCII characters without spaces");

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}

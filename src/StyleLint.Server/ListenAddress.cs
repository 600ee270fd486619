using System.Globalization;
using System.Net;

namespace StyleLint.Server;

/// <summary>
/// One --urls entry, parsed strictly: <c>http://</c>, then an IP address, <c>localhost</c>, or <c>*</c> for every
/// interface, then a port (0 lets the system choose). Anything else is refused rather than guessed at: Kestrel
/// would otherwise fall back to listening on every interface for some malformed URLs.
/// </summary>
public sealed record ListenAddress(string Url, IPAddress? Address, bool Localhost, int Port)
{
    public bool IsAny => Address == null && !Localhost;

    /// <summary>127.0.0.0/8, ::1 or localhost; every-interface addresses (*, 0.0.0.0, [::]) are not.</summary>
    public bool IsLoopback => Localhost || (Address != null && IPAddress.IsLoopback(Address));

    public static ListenAddress Parse(string url)
    {
        const string Scheme = "http://";
        if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            throw new ServerStartException($"'{url}': only http:// addresses are served; put TLS in a reverse proxy in front of the server");
        }
        if (!url.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)) throw Invalid(url);
        string rest = url[Scheme.Length..].TrimEnd('/');
        int colon = rest.StartsWith('[') ? rest.IndexOf("]:", StringComparison.Ordinal) + 1 : rest.LastIndexOf(':');
        if (colon <= 0) throw Invalid(url);
        string host = rest[..colon];
        if (!int.TryParse(rest[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535) throw Invalid(url);

        if (host is "*" or "+") return new ListenAddress(url, null, false, port);
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return port != 0 ? new ListenAddress(url, null, true, port)
                : throw new ServerStartException($"'{url}': port 0 (any free port) needs an address: write http://127.0.0.1:0");
        }
        if (IPAddress.TryParse(host.Trim('[', ']'), out IPAddress? address) && (host.Contains(':', StringComparison.Ordinal) == host.StartsWith('[')))
        {
            return address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)
                ? new ListenAddress(url, null, false, port)
                : new ListenAddress(url, address, false, port);
        }
        throw Invalid(url);
    }

    private static ServerStartException Invalid(string url) =>
        new($"'{url}' is not an address to listen on: write http://IP:PORT, http://localhost:PORT or http://*:PORT (e.g. {ServerOptions.DefaultUrl})");
}

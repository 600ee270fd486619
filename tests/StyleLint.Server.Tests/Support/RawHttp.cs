using System.Net.Sockets;
using System.Text;

namespace StyleLint.Server.Tests.Support;

/// <summary>
/// HTTP/1.1 over a bare socket, for what HttpClient will not do on purpose: a body that stops half-way, so the
/// server's own timeout answers.
/// </summary>
internal static class RawHttp
{
    /// <summary>Sends the head and part of a body, never the rest, and returns the raw response the server sends.</summary>
    public static async Task<string> SendPartialAsync(Uri server, string path, string token, int declaredLength, string partialBody, TimeSpan wait)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        NetworkStream stream = client.GetStream();
        string head = $"POST {path} HTTP/1.1\r\nHost: {server.Authority}\r\nAuthorization: Bearer {token}\r\n" +
            $"Content-Type: application/json\r\nContent-Length: {declaredLength}\r\n\r\n{partialBody}";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        using var cancel = new CancellationTokenSource(wait);
        var response = new StringBuilder();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancel.Token)) > 0)
            {
                response.Append(Encoding.UTF8.GetString(buffer, 0, read));
                if (IsComplete(response.ToString())) break;
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
            // The server closed the connection after answering.
        }
        return response.ToString();
    }

    private static bool IsComplete(string response)
    {
        int end = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0) return false;
        string head = response[..end];
        string? length = head.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        return length != null && response.Length - end - 4 >= int.Parse(length["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

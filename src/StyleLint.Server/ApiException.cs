using Microsoft.AspNetCore.Http;

namespace StyleLint.Server;

/// <summary>
/// A request the server refuses, with the status, a stable machine-readable code and a message for the CMS
/// developer. It becomes the JSON error body <c>{"error": code, "message": message}</c>.
/// </summary>
public sealed class ApiException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public static ApiException BadRequest(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);
}

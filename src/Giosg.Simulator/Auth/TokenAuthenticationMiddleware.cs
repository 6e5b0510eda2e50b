using System.Security.Cryptography;
using System.Text;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Auth;

/// <summary>
/// Requires <c>Authorization: Token &lt;token&gt;</c> on every API request, as Django REST framework's
/// token authentication does (the scheme word is case-insensitive, the token is not).
/// </summary>
internal sealed class TokenAuthenticationMiddleware(RequestDelegate next, string token)
{
    private readonly byte[] _token = Encoding.UTF8.GetBytes(token);

    public Task InvokeAsync(HttpContext context)
    {
        if (IsAuthorized(context.Request.Headers.Authorization.ToString()))
        {
            return next(context);
        }

        context.Response.Headers.WWWAuthenticate = "Token";
        return ApiError.InvalidToken.WriteAsync(context);
    }

    private bool IsAuthorized(string header)
    {
        var parts = header.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && parts[0].Equals("Token", StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(parts[1]), _token);
    }
}

using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace Giosg.Simulator.Faults;

/// <summary>
/// Sends an answer's status line, headers (with the full Content-Length) and half its body, then drops
/// the connection. The bytes go straight to the socket: aborting right after a flush through Kestrel
/// races its send loop, which an abort cancels, so the client would often get nothing at all; and
/// ending the response short through Kestrel is reported as an application error on every fault.
/// Bytes handed to the socket reach the client before the FIN of Kestrel's graceful close.
/// </summary>
internal static class MidBodyReset
{
    public static async Task SendAsync(HttpContext context, byte[] body)
    {
        if (body.Length == 0
            || !HttpProtocol.IsHttp11(context.Request.Protocol)
            || context.Features.Get<IConnectionSocketFeature>()?.Socket is not { Connected: true } socket)
        {
            // Half of nothing is a complete answer, and other protocols and transports are not ours to write: just drop it.
            context.Abort();
            return;
        }

        var head = Head(context.Response, body.Length);
        var bytes = new byte[head.Length + (body.Length / 2)];
        head.CopyTo(bytes, 0);
        body.AsSpan(0, body.Length / 2).CopyTo(bytes.AsSpan(head.Length));
        try
        {
            await socket.SendAsync(bytes, SocketFlags.None, context.RequestAborted);
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client left first; dropping the connection is all that is left to do.
        }

        // Kestrel has written nothing, so it never will: the abort closes the connection after our bytes.
        context.Abort();
    }

    /// <summary>The HTTP/1.1 status line and headers the API set, as Kestrel would have written them.</summary>
    private static byte[] Head(HttpResponse response, int contentLength)
    {
        response.ContentLength = contentLength;
        var head = new StringBuilder(512)
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {response.StatusCode} {ReasonPhrases.GetReasonPhrase(response.StatusCode)}\r\n");
        if (!response.Headers.ContainsKey("Date"))
        {
            head.Append(CultureInfo.InvariantCulture, $"Date: {DateTimeOffset.UtcNow:R}\r\n");
        }

        foreach (var (name, values) in response.Headers)
        {
            foreach (var value in values)
            {
                head.Append(name).Append(": ").Append(value).Append("\r\n");
            }
        }

        return Encoding.Latin1.GetBytes(head.Append("\r\n").ToString());
    }
}

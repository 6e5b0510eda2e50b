using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Giosg.Client.Http;

/// <summary>
/// A request as data, so each attempt sends a fresh message (an HttpRequestMessage can be sent
/// only once). <see cref="Retryable"/> says whether repeating it is safe; see docs/architecture.md.
/// </summary>
internal sealed record ApiRequest(HttpMethod Method, Uri Uri, byte[]? Body, bool Retryable)
{
    private static readonly HttpMethod Patch = new("PATCH");

    /// <summary>A GET: always safe to repeat.</summary>
    public static ApiRequest Get(Uri uri) => new(HttpMethod.Get, uri, null, Retryable: true);

    /// <summary>A DELETE: removing what is gone already changes nothing, so it is safe to repeat.</summary>
    public static ApiRequest Delete(Uri uri) => new(HttpMethod.Delete, uri, null, Retryable: true);

    /// <summary>A PATCH of state attributes (<c>is_ended</c>, <c>is_waiting</c>): the same body twice leaves the same state.</summary>
    public static ApiRequest PatchState<TBody>(Uri uri, TBody body, JsonTypeInfo<TBody> typeInfo) =>
        new(Patch, uri, JsonSerializer.SerializeToUtf8Bytes(body, typeInfo), Retryable: true);

    /// <summary>A PUT of state attributes (a membership's <c>is_participating</c>): the same body twice leaves the same state.</summary>
    public static ApiRequest PutState<TBody>(Uri uri, TBody body, JsonTypeInfo<TBody> typeInfo) =>
        new(HttpMethod.Put, uri, JsonSerializer.SerializeToUtf8Bytes(body, typeInfo), Retryable: true);

    /// <summary>
    /// A POST. Only one the API documents as idempotent (a tag: 200 when it exists already) may
    /// be repeated; any other POST is sent once, whatever happens.
    /// </summary>
    public static ApiRequest Post<TBody>(Uri uri, TBody body, JsonTypeInfo<TBody> typeInfo, bool idempotent) =>
        new(HttpMethod.Post, uri, JsonSerializer.SerializeToUtf8Bytes(body, typeInfo), idempotent);

    /// <summary>The message for one attempt.</summary>
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, Uri);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        return message;
    }

    /// <summary>Method and path for messages and logs; never headers.</summary>
    public override string ToString() => $"{Method.Method} {Uri.PathAndQuery}";
}

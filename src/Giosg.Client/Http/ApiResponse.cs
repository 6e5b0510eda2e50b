using System.Net;

namespace Giosg.Client.Http;

/// <summary>A successful response's body and the status it came with.</summary>
internal readonly record struct ApiResponse<T>(T Value, HttpStatusCode Status);

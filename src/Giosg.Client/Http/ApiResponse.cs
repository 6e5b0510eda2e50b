using System.Net;

namespace Giosg.Client.Http;

/// <summary>A successful response's body, the status it came with, and how many attempts it took (more than 1: an earlier attempt's answer was lost, and it may have been applied).</summary>
internal readonly record struct ApiResponse<T>(T Value, HttpStatusCode Status, int Attempts);

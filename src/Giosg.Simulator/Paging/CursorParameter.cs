using Giosg.Simulator.Http;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Paging;

/// <summary>The <c>cursor</c> query parameter of every cursor-paginated listing.</summary>
internal static class CursorParameter
{
    /// <summary>Reads the query of a listing whose only parameter is the cursor (memberships, tags, variables).</summary>
    public static bool TryRead(IQueryCollection query, SortField field, out Cursor? cursor, out ApiError? error)
    {
        var reader = new QueryReader(query);
        cursor = Read(reader, field);
        error = reader.Error;
        return error is null;
    }

    /// <summary>The cursor, or null on a first page; a cursor that is garbage or from another ordering fails <paramref name="reader"/>.</summary>
    public static Cursor? Read(QueryReader reader, SortField field)
    {
        if (reader.Text("cursor") is not { } text)
        {
            return null;
        }

        if (Cursor.TryDecode(text, out var cursor) && cursor.Field == field)
        {
            return cursor;
        }

        reader.Fail("cursor", "Invalid cursor.");
        return null;
    }
}

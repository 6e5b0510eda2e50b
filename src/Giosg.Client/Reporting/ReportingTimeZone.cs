namespace Giosg.Client.Reporting;

/// <summary>
/// Turns a caller's time zone id into the IANA id the Reporting API takes as
/// <c>interval.time_zone</c>, with the zone itself when this machine knows it.
/// </summary>
/// <remarks>
/// .NET 8 knows IANA and Windows ids on every OS and maps between them. .NET Framework (Windows
/// PowerShell 5.1) knows only Windows ids and cannot map them: there an id with a '/' is taken
/// as IANA and sent unchecked (the API checks it; the interval keeps the offsets it was given),
/// and a Windows id other than UTC is refused with a request for the IANA id.
/// </remarks>
internal static class ReportingTimeZone
{
    private const string Utc = "UTC";

    /// <summary>The IANA id to send and the zone to compute local times in (null when this machine cannot resolve the IANA id).</summary>
    /// <exception cref="ReportingQueryException">Neither an IANA nor a Windows id known here.</exception>
    public static (string IanaId, TimeZoneInfo? Zone) Resolve(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || string.Equals(id, Utc, StringComparison.OrdinalIgnoreCase))
        {
            return (Utc, TimeZoneInfo.Utc);
        }

        var zone = Find(id!);
#if NET8_0_OR_GREATER
        if (TimeZoneInfo.TryConvertIanaIdToWindowsId(id!, out _))
        {
            return (id!, zone);
        }

        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(id!, out var iana))
        {
            return (iana, zone ?? Find(iana));
        }

        if (zone is { HasIanaId: true })
        {
            return (zone.Id, zone);
        }
#else
        if (id!.IndexOf('/') >= 0)
        {
            return (id, zone);
        }

        if (zone is not null)
        {
            throw new ReportingQueryException(
                ReportingQueryProblem.UnknownTimeZone,
                $"The time zone '{id}' is a Windows id, and Windows PowerShell 5.1 cannot map it to the IANA id the Reporting API takes.",
                "TimeZone",
                id,
                "Give the IANA id instead, e.g. -TimeZone Europe/Helsinki for 'FLE Standard Time', or use PowerShell 7.");
        }
#endif
        throw new ReportingQueryException(
            ReportingQueryProblem.UnknownTimeZone,
            $"The time zone '{id}' is neither an IANA id (e.g. Europe/Helsinki) nor a Windows id (e.g. FLE Standard Time) known on this machine.",
            "TimeZone",
            id,
            "Give an IANA id such as Europe/Helsinki or America/New_York; [System.TimeZoneInfo]::GetSystemTimeZones() lists the ids this machine knows.");
    }

    private static TimeZoneInfo? Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }
}

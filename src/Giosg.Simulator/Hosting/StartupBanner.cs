using System.Text.Json;

namespace Giosg.Simulator.Hosting;

/// <summary>
/// What the command line prints once listening: first one JSON line for a parent process to parse,
/// then the same facts for a person, with how to point the module at it.
/// </summary>
internal static class StartupBanner
{
    public static void Write(TextWriter output, GiosgSimulator simulator)
    {
        var baseUri = simulator.BaseUri.GetLeftPart(UriPartial.Authority);
        output.WriteLine(MachineLine(simulator, baseUri));
        output.WriteLine($"""

            Giosg simulator listening on {baseUri}
              Organization  {simulator.OrganizationId}
              User          {simulator.UserId}
              Token         {simulator.Token}
              Chats         {simulator.Data.Chats.Count} (now is {simulator.Clock.Now:yyyy-MM-ddTHH:mm:ssZ}){FaultLine(simulator)}

            Connect the module to it:
              {ConnectCommand(simulator)}

            Control endpoints (no token): {baseUri}/_simulator/info, /_simulator/requests, /_simulator/chats, PUT /_simulator/now?value=…,
              POST /_simulator/chats/<id>/touch, POST /_simulator/wake-up-after-listing (a JSON array of chat ids),
              GET|PUT|DELETE /_simulator/faults, GET|PUT /_simulator/readings
            Press Ctrl+C to stop.
            """);
        output.Flush();
    }

    /// <summary>The fault plan in the command line's form, on a line of their own; nothing without one.</summary>
    private static string FaultLine(GiosgSimulator simulator) => simulator.Faults switch
    {
        FaultPlan plan => $"{Environment.NewLine}  Faults        {plan} (seed {plan.Seed})",
        null => "",
        _ => $"{Environment.NewLine}  Faults        {simulator.Faults}",
    };

    /// <summary>The module's real parameters: the token goes in as a SecureString, quoted for PowerShell.</summary>
    public static string ConnectCommand(GiosgSimulator simulator) =>
        $"Connect-Giosg -BaseUri {simulator.BaseUri} -OrganizationId {simulator.OrganizationId} -UserId {simulator.UserId} " +
        $"-ApiToken (ConvertTo-SecureString '{simulator.Token.Replace("'", "''", StringComparison.Ordinal)}' -AsPlainText -Force)";

    private static string MachineLine(GiosgSimulator simulator, string baseUri)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("baseUri", baseUri);
            writer.WriteString("organizationId", simulator.OrganizationId);
            writer.WriteString("userId", simulator.UserId);
            writer.WriteString("token", simulator.Token);
            writer.WriteNumber("chats", simulator.Data.Chats.Count);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}

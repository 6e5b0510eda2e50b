using Giosg.Client.Reporting;
using Giosg.Testing;

namespace Giosg.Client.Tests.Reporting;

/// <summary>A query is a read sent as a POST: retrying it is safe, so it is retried like a GET. Its own simulator: it injects faults.</summary>
public sealed class ReportingRetryTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task A_query_answered_503_is_sent_again_and_answers()
    {
        var sim = fixture.Simulator;
        sim.Faults = DelegateFaultInjector.FirstTimes(request => request.Path.Value!.EndsWith("/chat_sessions", StringComparison.Ordinal), 1, DelegateFaultInjector.Status(503));
        var (start, end) = (SimulatorFixture.Now.AddDays(-30), SimulatorFixture.Now);
        using var connection = fixture.Connect();

        var report = await new GiosgClient(connection).Reporting.MeasureChatSessionsAsync(ReportingClient.Prepare(new ChatSessionStatisticsRequest { Start = start, End = end }));

        Assert.Equal(sim.Data.Chats.Count(chat => chat.CreatedAt >= start && chat.CreatedAt < end), (long)Assert.Single(report.Datapoints)[1]!);
        Assert.Equal([503, 200], sim.Requests.Snapshot().Where(entry => entry.Method == "POST").Select(entry => entry.StatusCode));
    }
}

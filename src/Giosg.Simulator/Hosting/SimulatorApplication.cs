using System.Net;
using Giosg.Simulator.Auth;
using Giosg.Simulator.Chats;
using Giosg.Simulator.Control;
using Giosg.Simulator.Faults;
using Giosg.Simulator.Legacy;
using Giosg.Simulator.Memberships;
using Giosg.Simulator.Messages;
using Giosg.Simulator.Readings;
using Giosg.Simulator.Requests;
using Giosg.Simulator.Tags;
using Giosg.Simulator.Visitors;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Console;

namespace Giosg.Simulator.Hosting;

/// <summary>Builds the web application: Kestrel on 127.0.0.1 only, quiet logging, and the API pipeline in order.</summary>
internal static class SimulatorApplication
{
    public static WebApplication Build(SimulatorState state, int port, TimeSpan latency)
    {
        // Slim and detached from the host process: no command line, no HTTPS, no configuration from the working directory.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(SimulatorApplication).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // Standard output belongs to whoever hosts the simulator (the command line prints its JSON line there).
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton<IHostLifetime, PassiveHostLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });

        var app = builder.Build();

        // The API pipeline, outermost first. Logging sees everything, latency and faults included;
        // faults come before authentication so an injector can fail even unauthenticated requests.
        app.UseWhen(IsApiRequest, api => api
            .UseMiddleware<RequestLogMiddleware>(state.Requests)
            .UseMiddleware<LatencyMiddleware>(latency)
            .UseMiddleware<FaultInjectionMiddleware>(state)
            .UseMiddleware<TokenAuthenticationMiddleware>(state.Token)
            .UseMiddleware<ReadingsMiddleware>(state)
            .UseMiddleware<ApiStatusBodyMiddleware>());

        // Routing after the API middleware: faults run before routing, as IFaultInjector promises.
        app.UseRouting();

        var v5 = app.MapGroup("/api/v5");
        ChatEndpoints.Map(v5, state);
        MessageEndpoint.Map(v5, state);
        MembershipEndpoint.Map(v5, state);
        Presences.PresenceEndpoints.Map(v5, state);
        Invitations.InvitationEndpoints.Map(v5, state);
        Live.LiveEndpoints.Map(v5, state);
        TagEndpoints.Map(v5, state);
        VisitorVariableEndpoint.Map(v5, state);
        LegacyChatEndpoint.Map(v5, state);
        ChatStartEndpoints.Map(v5, state);
        Operators.ConversationStarterEndpoints.Map(v5, state);
        Operators.ReplySuggestionEndpoints.Map(v5, state);
        Reporting.ReportingEndpoint.Map(app, state);
        ControlEndpoints.Map(app, state);
        return app;
    }

    private static bool IsApiRequest(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}

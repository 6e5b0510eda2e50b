using Giosg.Testing;

namespace Giosg.Client.Tests.Infrastructure;

/// <summary>The tests that share one read-only simulator.</summary>
[CollectionDefinition(Name)]
public sealed class SimulatorGroup : ICollectionFixture<SimulatorFixture>
{
    public const string Name = "Simulator";
}

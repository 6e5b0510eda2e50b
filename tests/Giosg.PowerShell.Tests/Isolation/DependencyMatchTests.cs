using System.Reflection;
using Giosg.PowerShell.Isolation;

namespace Giosg.PowerShell.Tests.Isolation;

public sealed class DependencyMatchTests
{
    private static readonly AssemblyName Ours = new("Polly.Core, Version=8.4.2.0, Culture=neutral, PublicKeyToken=c8a3ffc3f8f825cc");

    [Theory]
    [InlineData("Polly.Core, Version=8.4.2.0, Culture=neutral, PublicKeyToken=c8a3ffc3f8f825cc")]
    [InlineData("Polly.Core, Version=8.0.0.0, Culture=neutral, PublicKeyToken=c8a3ffc3f8f825cc")]
    [InlineData("Polly.Core")]
    public void Our_copy_answers_requests_it_can_stand_in_for(string requested) =>
        Assert.True(DependencyMatch.Accepts(new AssemblyName(requested), Ours));

    [Theory]
    [InlineData("Polly.Core, Version=7.0.0.0, Culture=neutral, PublicKeyToken=c8a3ffc3f8f825cc")]
    [InlineData("Polly.Core, Version=8.5.0.0, Culture=neutral, PublicKeyToken=c8a3ffc3f8f825cc")]
    [InlineData("Polly.Core, Version=9.0.0.0")]
    [InlineData("Polly.Core, Version=8.4.2.0, Culture=neutral, PublicKeyToken=0123456789abcdef")]
    [InlineData("Polly, Version=8.4.2.0")]
    public void Our_copy_never_answers_another_version_or_publisher(string requested) =>
        Assert.False(DependencyMatch.Accepts(new AssemblyName(requested), Ours));
}

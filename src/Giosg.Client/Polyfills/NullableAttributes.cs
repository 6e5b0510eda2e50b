#if NETSTANDARD2_0
namespace System.Diagnostics.CodeAnalysis;

/// <summary>netstandard2.0 lacks the nullable-analysis attributes the net8.0 build uses.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class NotNullWhenAttribute(bool returnValue) : Attribute
{
    public bool ReturnValue { get; } = returnValue;
}

[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor, Inherited = false)]
internal sealed class DoesNotReturnAttribute : Attribute
{
}
#endif

namespace Giosg.Client;

/// <summary><c>ArgumentNullException.ThrowIfNull</c> for both target frameworks.</summary>
internal static class ArgumentNullExceptionPolyfill
{
    public static void ThrowIfNull(object? argument, string parameterName)
    {
        if (argument is null)
        {
            throw new ArgumentNullException(parameterName);
        }
    }
}

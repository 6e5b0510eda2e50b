namespace Giosg.Client.Export;

/// <summary>
/// The export file or its state cannot be continued: a line that is not an exported chat, a file in the
/// other format, or a state written for other options. Nothing was written.
/// </summary>
public sealed class ExportFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ExportFileException(string path, string message, string recommendedAction)
        : base(message)
    {
        Path = path;
        RecommendedAction = recommendedAction;
    }

    /// <summary>Creates the exception.</summary>
    public ExportFileException()
    {
        Path = string.Empty;
        RecommendedAction = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public ExportFileException(string message)
        : base(message)
    {
        Path = string.Empty;
        RecommendedAction = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public ExportFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
        RecommendedAction = string.Empty;
    }

    /// <summary>The file concerned.</summary>
    public string Path { get; }

    /// <summary>What the user can do about it.</summary>
    public string RecommendedAction { get; }
}

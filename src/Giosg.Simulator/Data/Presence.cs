namespace Giosg.Simulator.Data;

/// <summary>Who is participating in and present at an open chat; an ended chat has nobody.</summary>
[Flags]
internal enum Presence : byte
{
    None = 0,
    FirstUserParticipating = 1,
    FirstUserPresent = 2,
    SecondUserParticipating = 4,
    SecondUserPresent = 8,
    VisitorPresent = 16,
}

namespace Gongkai.Localization;

/// <summary>A message template in both languages, with named placeholders ("{row}").</summary>
public sealed record MessageTemplate(string Key, string Zh, string En);

using Gongkai.Cases.Domain;

namespace Gongkai.Cases.Demo;

/// <summary>A generated register: every record built through the same transitions a person would use.</summary>
public sealed record DemoData(string Body, IReadOnlyList<Application> Applications, IReadOnlyList<AppealCase> Appeals, IReadOnlyList<RegisterDocument> Documents, IReadOnlyList<ProactiveCount> Counts);

using System.Collections.Immutable;
using Gongkai.Rules.Arithmetic;
using Gongkai.Rules.CrossYear;
using Gongkai.Rules.Fidelity;
using Gongkai.Rules.Narrative;
using Gongkai.Rules.Plausibility;

namespace Gongkai.Rules;

/// <summary>
/// The rules of the national catalogue, in the order of docs/rules.md. IDs follow the spec's §4 and are never reused;
/// rules of our own that the spec does not name (L1) have IDs outside its series.
/// </summary>
public static class RuleCatalog
{
    public static ImmutableArray<IReportRule> All { get; } =
    [
        new A1RowSumRule(),
        new A2ColumnSumRule(),
        new A3BalanceRule(),
        new A4AppealsSumRule(),
        new A5ValueRule(),
        new N1ApplicationsReceivedRule(),
        new N2ApplicantBreakdownRule(),
        new N3ConcludedRule(),
        new N4NoApplicationsRule(),
        new N5OutcomeCountsRule(),
        new N6AppealsRule(),
        new N7NormativeDocumentsRule(),
        new N9ProseSumRule(),
        new F1SectionsRule(),
        new F2OverviewCoverageRule(),
        new F3CanonicalLabelsRule(),
        new F4LabelSpellingRule(),
        new F5PrintedNotesRule(),
        new F6YearsAndCitationsRule(),
        new L1LabelTypographyRule(),
        new P1RegulationsRule(),
        new P2CarryForwardRule(),
        new P3UnexplainedAppealsRule(),
        new P4IdenticalValuesRule(),
        new P5FeeMagnitudeRule(),
        new P6InForceRule(),
        new Y1CarryOverRule(),
        new Y2InForceRollForwardRule(),
        new Y4EditionRule(),
    ];

    public static IReportRule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Descriptor.Id, id, StringComparison.OrdinalIgnoreCase));
}

namespace Gongkai.Schema;

/// <summary>
/// Every stable key of the format in one place. Rules, renderers and diagnostics refer to these; they never change
/// meaning once published. A cell ID is "t{table}.{row}.{column}" ("t2.denied.1.total"), or "t1.{row}" for a
/// 2021 table-1 row with a single value ("t1.licensing").
/// </summary>
public static class SchemaIds
{
    public static string Cell(string table, string row, string column) =>
        column.Length == 0 ? table + "." + row : table + "." + row + "." + column;

    /// <summary>Table 1, 主动公开政府信息情况.</summary>
    public static class T1
    {
        public const string Key = "t1";

        // blocks (第二十条第（N）项)
        public const string Item1 = "item1";
        public const string Item5 = "item5";
        public const string Item6 = "item6";
        public const string Item8 = "item8";
        public const string Item9 = "item9";

        // rows
        public const string Regulations = "regulations";
        public const string NormativeDocs = "normative_docs";
        public const string Licensing = "licensing";
        public const string OtherServices = "other_services";
        public const string Penalty = "penalty";
        public const string Coercion = "coercion";
        public const string Fees10kYuan = "fees_10k_yuan";
        public const string Fees = "fees";
        public const string Procurement = "procurement";

        // columns, 2021
        public const string Issued = "issued";
        public const string Repealed = "repealed";
        public const string InForce = "in_force";

        /// <summary>The unnamed single value column of the 2021 blocks (五)(六)(八).</summary>
        public const string Value = "";

        // columns, 2019
        public const string NewMade = "new_made";
        public const string NewPublished = "new_published";
        public const string TotalPublished = "total_published";
        public const string PrevItems = "prev_items";
        public const string Change = "change";
        public const string Decisions = "decisions";
        public const string ProcurementCount = "count";
        public const string ProcurementAmount = "amount";

        public static string Cell(string row, string column) => SchemaIds.Cell(Key, row, column);
    }

    /// <summary>Table 2, 收到和处理政府信息公开申请情况.</summary>
    public static class T2
    {
        public const string Key = "t2";

        // columns (申请人情况)
        public const string NaturalPerson = "natural_person";
        public const string Commercial = "commercial";
        public const string Research = "research";
        public const string SocialWelfare = "social_welfare";
        public const string LegalService = "legal_service";
        public const string OtherOrg = "other_org";
        public const string Total = "total";

        // groups
        public const string Results = "results";
        public const string Denied = "denied";
        public const string Unable = "unable";
        public const string NotProcessed = "not_processed";
        public const string Other = "other";

        // rows
        public const string New = "new";
        public const string CarriedOver = "carried_over";
        public const string Granted = "granted";
        public const string Partial = "partial";
        public const string ResultsTotal = "total";
        public const string CarriedForward = "carried_forward";

        /// <summary>The single （六）其他处理 row of the 2019 edition (same key as the 2021 group).</summary>
        public const string OtherRow2019 = "other";

        public static string Sub(string group, int number) => group + "." + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public static string Cell(string row, string column) => SchemaIds.Cell(Key, row, column);
    }

    /// <summary>Table 3, 政府信息公开行政复议、行政诉讼情况.</summary>
    public static class T3
    {
        public const string Key = "t3";

        // rows (groups of five columns in the printed table)
        public const string Review = "review";
        public const string SuitDirect = "suit_direct";
        public const string SuitAfterReview = "suit_after_review";

        /// <summary>The merged header 行政诉讼 over the two suit groups.</summary>
        public const string Litigation = "litigation";

        // columns
        public const string Upheld = "upheld";
        public const string Corrected = "corrected";
        public const string OtherResult = "other";
        public const string Pending = "pending";
        public const string Total = "total";

        public static string Cell(string row, string column) => SchemaIds.Cell(Key, row, column);
    }
}

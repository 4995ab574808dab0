namespace Gongkai.Rules.Narrative;

/// <summary>What a statement in the prose asserts about the tables.</summary>
public enum ClaimKind
{
    /// <summary>"收到/受理/新收…申请N件": table 2 一 (new), 总计.</summary>
    Received = 0,

    /// <summary>"共办理/共答复…申请N件": either 一 + 二, or （七）总计.</summary>
    Handled = 1,

    /// <summary>"含上年（度）结转（申请）K件": table 2 二 (carried over), 总计.</summary>
    CarriedOver = 2,

    /// <summary>"自然人 11 件、科研机构 3 件" after a <see cref="Received"/> claim: table 2 一 by applicant.</summary>
    Applicant = 3,

    /// <summary>"办结/答复M件": （七）总计.</summary>
    Concluded = 4,

    /// <summary>"结转下年度（继续办理）K件", "K件…顺延到下年度": table 2 四, 总计.</summary>
    CarriedForward = 5,

    /// <summary>"未收到…政府信息公开申请": table 2 一 is 0.</summary>
    NoApplications = 6,

    /// <summary>"未发生…行政复议、行政诉讼": the table 3 groups named are 0.</summary>
    NoAppeals = 7,

    /// <summary>"未发生…行政复议…被纠错": no 结果纠正 in the groups named.</summary>
    NoCorrections = 8,

    /// <summary>"均获维持": neither 结果纠正 nor 尚未审结 in the groups named.</summary>
    AllUpheld = 9,

    /// <summary>"行政复议（案件）N件": table 3 行政复议 总计.</summary>
    ReviewCount = 10,

    /// <summary>"（行政）诉讼（案件）N件": the two suit groups' totals together.</summary>
    SuitCount = 11,

    /// <summary>"发布/制定/制发…（行政）规范性文件N件".</summary>
    NormativeIssued = 12,

    /// <summary>"现行有效（行政）规范性文件N件".</summary>
    NormativeInForce = 13,

    /// <summary>"发布/制定…规章N件".</summary>
    RegulationsIssued = 14,

    /// <summary>"现行有效规章N件".</summary>
    RegulationsInForce = 15,
}

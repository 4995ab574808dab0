namespace Gongkai.Cases.Domain;

/// <summary>
/// Who applied, as the six applicant columns of table 2 divide them (《条例》第二十七条 names 公民、法人或者其他组织; the
/// five kinds of 法人或其他组织 are the format's).
/// </summary>
public enum ApplicantType
{
    /// <summary>自然人.</summary>
    NaturalPerson = 0,

    /// <summary>商业企业.</summary>
    Commercial = 1,

    /// <summary>科研机构.</summary>
    Research = 2,

    /// <summary>社会公益组织.</summary>
    SocialWelfare = 3,

    /// <summary>法律服务机构.</summary>
    LegalService = 4,

    /// <summary>其他 (其他法人或其他组织).</summary>
    OtherOrg = 5,
}

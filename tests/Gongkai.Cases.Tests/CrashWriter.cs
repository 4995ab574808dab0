using Gongkai.Calendar.Deadlines;
using Gongkai.Cases.Domain;
using Gongkai.Cases.Storage;

namespace Gongkai.Cases.Tests;

/// <summary>
/// The child process of the crash test: <c>dotnet Gongkai.Cases.Tests.dll crash-writer DB</c> registers applications
/// one commit at a time and prints "ACK ref" after each commit returns, until it is killed.
/// </summary>
public static class CrashWriter
{
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length < 2 || args[0] != "crash-writer")
        {
            Console.Error.WriteLine("usage: crash-writer DB");
            return 2;
        }

        using var store = SqliteRegisterStore.OpenFile(args[1]);
        var register = TestSupport.Register(store, TestSupport.D("2025-06-01"));
        var day = TestSupport.D("2025-03-03");
        for (var i = 1; ; i++)
        {
            var app = register.Receive($"C-{i:D7}", "压力测试申请人" + (i % 97), ApplicantType.NaturalPerson, ReceiptChannel.Online, day.AddDays(i % 200), new string('请', 200));
            if (i % 3 == 0)
            {
                register.Decide(app.Ref, Outcome.Granted, app.ReceivedOn.AddDays(5));
            }

            Console.Out.WriteLine("ACK " + app.Ref + (i % 3 == 0 ? " closed" : string.Empty));
            Console.Out.Flush();
        }
    }
}

return Gongkai.Cli.GongkaiCommand.Run(args);

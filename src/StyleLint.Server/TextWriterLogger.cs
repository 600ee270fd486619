using Microsoft.Extensions.Logging;

namespace StyleLint.Server;

/// <summary>
/// Log lines to a TextWriter (stderr for `stylelint serve`, a buffer in tests): time, level, category, message.
/// An exception is logged by type, message and stack — never a request body or a header.
/// </summary>
public sealed class TextWriterLoggerProvider(TextWriter writer) : ILoggerProvider
{
    private readonly TextWriter writer = TextWriter.Synchronized(writer);

    public ILogger CreateLogger(string categoryName) => new Logger(writer, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(TextWriter writer, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            string level = logLevel switch
            {
                LogLevel.Critical => "crit",
                LogLevel.Error => "fail",
                LogLevel.Warning => "warn",
                LogLevel.Information => "info",
                _ => "dbug",
            };
            string line = $"{DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ss.fffZ} {level} {category}: {formatter(state, exception)}";
            // The stack only for StyleLint's own internal errors (worth a bug report); the framework's (a port in use)
            // are reported by the caller in one line.
            if (exception != null) line += $"\n  {exception.GetType().Name}: {exception.Message}" + (category.StartsWith("StyleLint", StringComparison.Ordinal) ? "\n" + exception.StackTrace : "");
            writer.WriteLine(line);
        }
    }
}

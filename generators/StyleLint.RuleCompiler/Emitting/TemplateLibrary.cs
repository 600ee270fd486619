using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using Scriban;

namespace StyleLint.RuleCompiler.Emitting
{
    /// <summary>Loads the embedded Scriban templates once and keeps them parsed.</summary>
    internal static class TemplateLibrary
    {
        private static readonly ConcurrentDictionary<string, Template> Cache = new ConcurrentDictionary<string, Template>(StringComparer.Ordinal);

        public static Template Get(string name) => Cache.GetOrAdd(name, Load);

        private static Template Load(string name)
        {
            string resource = "StyleLint.RuleCompiler.Templates." + name + ".sbn";
            using Stream? stream = typeof(TemplateLibrary).Assembly.GetManifestResourceStream(resource);
            if (stream == null)
            {
                throw new InvalidOperationException($"Template '{resource}' is not embedded in StyleLint.RuleCompiler.");
            }
            using var reader = new StreamReader(stream);
            Template template = Template.Parse(reader.ReadToEnd(), resource);
            if (template.HasErrors)
            {
                throw new InvalidOperationException($"Template '{resource}' does not parse: " + string.Join("; ", template.Messages.Select(m => m.ToString())));
            }
            return template;
        }
    }
}

namespace StyleLint.RuleCompiler.Model
{
    /// <summary>
    /// The ids of every rule-file diagnostic, in one place. Ids are stable: never renumber a shipped one.
    /// Titles live in <see cref="DiagnosticTitles"/>; the generator turns both into Roslyn descriptors.
    /// </summary>
    public static class DiagnosticIds
    {
        public const string InvalidSyntax = "SL0001";
        public const string UnknownField = "SL0002";
        public const string MissingField = "SL0003";
        public const string InvalidValue = "SL0004";
        public const string UnknownKind = "SL0005";
        public const string InvalidRegex = "SL0006";
        public const string MissingExamples = "SL0007";
        public const string DuplicateId = "SL0008";
        public const string InvalidId = "SL0009";
        public const string UnknownPlaceholder = "SL0010";
        public const string FieldNotForKind = "SL0011";
        public const string SchemaViolation = "SL0012";
        public const string ClashesWithBuiltIn = "SL0013";
    }

    public static class DiagnosticTitles
    {
        public static string For(string id)
        {
            switch (id)
            {
                case DiagnosticIds.InvalidSyntax: return "Rule file is not valid YAML or JSON";
                case DiagnosticIds.UnknownField: return "Unknown field in rule";
                case DiagnosticIds.MissingField: return "Required rule field is missing";
                case DiagnosticIds.InvalidValue: return "Rule field has an invalid value";
                case DiagnosticIds.UnknownKind: return "Unknown rule kind";
                case DiagnosticIds.InvalidRegex: return "Rule pattern is not a valid regular expression";
                case DiagnosticIds.MissingExamples: return "Rule has no good or no bad examples";
                case DiagnosticIds.DuplicateId: return "Two rules have the same id";
                case DiagnosticIds.InvalidId: return "Rule id is not of the form Style.Name";
                case DiagnosticIds.UnknownPlaceholder: return "Rule message uses an unknown placeholder";
                case DiagnosticIds.FieldNotForKind: return "Field does not apply to this rule kind";
                case DiagnosticIds.SchemaViolation: return "Rule does not match rules.schema.json";
                case DiagnosticIds.ClashesWithBuiltIn: return "House rule id is already a built-in rule";
                default: return "Invalid rule";
            }
        }
    }
}

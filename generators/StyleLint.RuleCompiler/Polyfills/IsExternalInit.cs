// netstandard2.0 lacks the marker type that C# needs for records and init-only setters.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}

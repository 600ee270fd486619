namespace StyleLint.Checking.Detectors.Names;

/// <summary>A listed person with roles, ready for the role check: its place in the list, the surname's letter mask, and the roles as they are searched for.</summary>
internal sealed record RoleEntry(int Order, string Surname, ulong Letters, string[] Roles);

/// <summary>
/// The listed people with roles grouped by the length of their surname. A word is only ever one edit from a
/// surname one letter longer or shorter at most, so the role check looks at three small groups, not the whole list.
/// Within a group the entries keep the list's order, which decides between equally close surnames.
/// </summary>
internal sealed class RoleIndex
{
    private readonly RoleEntry[][] byLength;

    public RoleIndex(IReadOnlyList<ListedName> withRoles, int minSurnameLength)
    {
        var groups = new List<RoleEntry>[1];
        for (int order = 0; order < withRoles.Count; order++)
        {
            ListedName name = withRoles[order];
            int length = name.Surname.Length;
            if (length < minSurnameLength) continue;
            if (length >= groups.Length) Array.Resize(ref groups, length + 1);
            // Roles are matched with hyphens read as spaces (secretary-general, secretary general); short ones are too vague.
            string[] roles = name.Roles.Where(r => r.Length >= 6).Select(r => r.Replace('-', ' ')).ToArray();
            (groups[length] ??= new List<RoleEntry>()).Add(new RoleEntry(order, name.Surname, EditDistance.LetterMaskFolding(name.Surname), roles));
        }
        byLength = groups.Select(g => g?.ToArray() ?? []).ToArray();
    }

    /// <summary>The entries whose surname has this many characters, in list order.</summary>
    public ReadOnlySpan<RoleEntry> WithSurnameLength(int length) =>
        length >= 0 && length < byLength.Length ? byLength[length] : [];
}

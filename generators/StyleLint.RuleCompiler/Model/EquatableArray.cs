using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace StyleLint.RuleCompiler.Model
{
    /// <summary>
    /// An immutable array compared by its elements, so that models holding lists stay value-equal and the
    /// incremental generator can tell an unchanged rule from a changed one.
    /// </summary>
    public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        public static readonly EquatableArray<T> Empty = new EquatableArray<T>(new T[0]);

        // Never exposed or mutated after construction: the array is copied in.
        private readonly T[]? items;

        public EquatableArray(IEnumerable<T> items) => this.items = items.ToArray();

        private T[] Items => items ?? new T[0];

        public int Count => Items.Length;

        public T this[int index] => Items[index];

        public bool Equals(EquatableArray<T> other) => Items.SequenceEqual(other.Items);

        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                int hash = 17;
                foreach (T item in Items)
                {
                    hash = (hash * 31) + (item is null ? 0 : item.GetHashCode());
                }
                return hash;
            }
        }

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
    }

    public static class EquatableArray
    {
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
            where T : IEquatable<T> => new EquatableArray<T>(items);
    }
}

/** A tiny `memo` for Preact without preact/compat: re-render only when a prop changed (shallow). */
import { Component, h, type ComponentType } from 'preact';

export function memo<P extends object>(Inner: ComponentType<P>): ComponentType<P> {
  class Memo extends Component<P> {
    shouldComponentUpdate(next: P) {
      const a = this.props as Record<string, unknown>;
      const b = next as Record<string, unknown>;
      for (const k in a) if (k !== 'children' && a[k] !== b[k]) return true;
      for (const k in b) if (k !== 'children' && !(k in a)) return true;
      return false;
    }
    render() {
      return h(Inner as ComponentType<object>, this.props);
    }
  }
  return Memo as unknown as ComponentType<P>;
}

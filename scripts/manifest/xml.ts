/** A minimal element tree of an XML file (saxes), enough to cross-check the manifest's references. */
import { SaxesParser } from "saxes";

export interface XmlElement {
  name: string; // local name, prefix dropped
  attrs: Map<string, string>; // by local name
  text: string;
  children: XmlElement[];
  parent: XmlElement | undefined;
  line: number;
}

/** Parses well-formed XML; throws saxes' error (with file:line:column) otherwise. */
export function parseXml(text: string, fileName: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true, fileName });
  const root: XmlElement = {
    name: "#document",
    attrs: new Map(),
    text: "",
    children: [],
    parent: undefined,
    line: 0,
  };
  let current = root;
  parser.on("opentag", (tag) => {
    const attrs = new Map(Object.values(tag.attributes).map((a) => [a.local, a.value] as const));
    const element: XmlElement = {
      name: tag.local,
      attrs,
      text: "",
      children: [],
      parent: current,
      line: parser.line,
    };
    current.children.push(element);
    current = element;
  });
  parser.on("text", (text) => {
    current.text += text;
  });
  parser.on("closetag", () => {
    current = current.parent ?? root;
  });
  parser.write(text).close();
  return root;
}

export function* walk(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* walk(child);
}

/** A one-paragraph ADF document, as Jira expects for descriptions and comment bodies. */
export const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

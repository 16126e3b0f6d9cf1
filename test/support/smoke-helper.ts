// Imported as './smoke-helper.js' (NodeNext style) to prove .js → .ts resolution in the browser.
export const greeting = (name: string): string => `Hallo ${name}`;

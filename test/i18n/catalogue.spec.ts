// The catalogue: every language has every key of the British English source, each message is valid ICU
// MessageFormat, and uses exactly the source's placeholders (a translation that drops `{name}` or invents `{count}`
// would show a hole or a raw brace to its reader).
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { expect } from 'chai';
import { CATALOGUE, message, type MessageKey } from '../../src/i18n/catalogue.js';
import { LOCALES, PSEUDO_LOCALE, SOURCE_LOCALE } from '../../src/i18n/locales.js';

function placeholders(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) out.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      out.add(e.value);
      for (const option of Object.values(e.options)) placeholders(option.value, out);
    }
    if (e.type === TYPE.tag) {
      out.add(`<${e.value}>`);
      placeholders(e.children, out);
    }
  }
  return out;
}

const source = CATALOGUE[SOURCE_LOCALE];
const keys = Object.keys(source) as MessageKey[];

describe('i18n: the message catalogue', () => {
  it('has messages', () => {
    expect(keys.length).to.be.greaterThan(0);
  });

  for (const locale of LOCALES) {
    it(`${locale}: every key, valid ICU, the source's placeholders, nothing empty`, () => {
      const messages = CATALOGUE[locale];
      expect(Object.keys(messages).sort()).to.deep.equal([...keys].sort());
      for (const key of keys) {
        const text = messages[key];
        expect(text.trim(), `${locale} ${key} is empty`).to.not.equal('');
        let ast: MessageFormatElement[] = [];
        expect(() => (ast = parse(text)), `${locale} ${key} is not valid ICU`).to.not.throw();
        expect([...placeholders(ast)].sort(), `${locale} ${key} placeholders`).to.deep.equal([...placeholders(parse(source[key]))].sort());
      }
    });
  }

  it('counts with the language’s plural rules', () => {
    expect(message('en-GB', 'common.sessions', { count: 1 })).to.equal('1 session');
    expect(message('en-US', 'common.sessions', { count: 2 })).to.equal('2 sessions');
    expect(message('de', 'common.sessions', { count: 2 })).to.equal('2 Sitzungen');
    expect(message('fr', 'common.sessions', { count: 1 })).to.equal('1 séance');
    expect(message('es', 'common.sessions', { count: 0 })).to.equal('0 sesiones');
    expect(message('nl', 'common.sessions', { count: 1 })).to.equal('1 sessie');
  });

  it('the pseudo-locale accents every letter of the source and keeps its placeholders', () => {
    expect(message(PSEUDO_LOCALE, 'common.sessions', { count: 2 })).to.equal('2 šéššîöñš');
    expect(message(PSEUDO_LOCALE, 'common.and', { first: 'Ann', second: 'Bo' })).to.equal('Ann àñđ Bo');
  });
});

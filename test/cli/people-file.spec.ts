import { expect } from 'chai';
import { columnName, parseCsv, peopleFromCsv, peopleFromJson, PeopleFileError } from '../../src/cli/people-file.js';

describe('cli: reading people files', () => {
  const fields = (text: string) => parseCsv(text).map((r) => r.fields);

  it('splits plain fields and keeps empty ones', () => {
    expect(fields('a,b,c\n1,,3\n')).to.deep.equal([
      ['a', 'b', 'c'],
      ['1', '', '3'],
    ]);
    expect(fields('a,b,\n')).to.deep.equal([['a', 'b', '']]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(fields('"Smith, John","say ""hi""","two\nlines",plain\n')).to.deep.equal([['Smith, John', 'say "hi"', 'two\nlines', 'plain']]);
    expect(fields('""\n')).to.deep.equal([['']]);
  });

  it('accepts CRLF, a lone CR, a byte-order mark, blank lines and no final line break', () => {
    expect(fields('\uFEFFa,b\r\n\r\n1,2\r3,4')).to.deep.equal([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('records the line each record starts on, counting line breaks inside quotes', () => {
    expect(parseCsv('h\n"x\ny"\n\nz\n').map((r) => r.line)).to.deep.equal([1, 2, 5]);
  });

  it('refuses malformed quoting with the line', () => {
    expect(() => parseCsv('a\n"open\n')).to.throw(PeopleFileError, 'line 2: a quoted field is never closed');
    expect(() => parseCsv('"a"b\n')).to.throw(PeopleFileError, 'unexpected text after a closing quote');
    expect(() => parseCsv('a"b\n')).to.throw(PeopleFileError, 'a quote inside an unquoted field');
  });

  it('names columns in snake case whatever the header says', () => {
    expect(['Workspace ID', 'workspace-id', 'workspaceId', ' user_id '].map(columnName)).to.deep.equal([
      'workspace_id',
      'workspace_id',
      'workspace_id',
      'user_id',
    ]);
  });

  it('turns a CSV into rows keyed by the header and refuses unknown or repeated columns', () => {
    const file = peopleFromCsv('Name,Role,Zone\n"Dr A",therapist,Europe/London\n');
    expect(file.rows).to.deep.equal([{ name: 'Dr A', role: 'therapist', zone: 'Europe/London' }]);
    expect(file.where).to.deep.equal(['line 2']);
    expect(() => peopleFromCsv('name,shoe_size\n')).to.throw(PeopleFileError, 'unknown column shoe_size');
    expect(() => peopleFromCsv('name,Name\n')).to.throw(PeopleFileError, 'column name appears twice');
    expect(() => peopleFromCsv('')).to.throw(PeopleFileError, 'the file is empty');
  });

  it('reads JSON arrays (or {people: [...]}) with numbers as text and refuses other shapes', () => {
    expect(peopleFromJson('{"people":[{"name":"Jo","allowance":3,"email":null}]}').rows).to.deep.equal([
      { name: 'Jo', allowance: '3', email: '' },
    ]);
    expect(() => peopleFromJson('{')).to.throw(PeopleFileError, 'not valid JSON');
    expect(() => peopleFromJson('{"name":"Jo"}')).to.throw(PeopleFileError, 'expected a JSON array');
    expect(() => peopleFromJson('[1]')).to.throw(PeopleFileError, 'item 1: expected an object');
    expect(() => peopleFromJson('[{"name":{"first":"Jo"}}]')).to.throw(PeopleFileError, 'item 1: name must be a string or a number');
    expect(() => peopleFromJson('[{"nickname":"Jo"}]')).to.throw(PeopleFileError, 'unknown column nickname');
  });
});

import { describe, expect, it } from 'vitest';
import { customerSearch, findCustomers, phoneDigits } from '../../../src/domain/search';
import { customer } from './fixtures';

const customers = [
  customer('C0001', { firstName: 'Ann', lastName: 'Lee', phone: '+66 81-234-5678' }),
  customer('C0002', { firstName: 'สมชาย', lastName: 'ใจดี', phone: '02 (123) 4567' }),
  customer('C0003', { firstName: '小明', lastName: '王', phone: '0086 138 0013 8000' }),
  customer('C0010', { firstName: 'Joanne', lastName: 'Anders', phone: '' }),
];
const search = customerSearch(customers);
const ids = (query: string) => findCustomers(search, query).map((i) => customers[i].id);

describe('customer search', () => {
  it('reduces phones to their national digits', () => {
    expect(phoneDigits('+66 81-234-5678')).toBe('812345678');
    expect(phoneDigits('0066812345678')).toBe('812345678');
    expect(phoneDigits('081 234 5678')).toBe('812345678');
    expect(phoneDigits('+86 138-0013-8000')).toBe('13800138000');
    expect(phoneDigits('(02) 123 4567')).toBe('21234567');
  });

  it('matches a phone however it is typed', () => {
    expect(ids('081-234')).toEqual(['C0001']);
    expect(ids('+66812345678')).toEqual(['C0001']);
    expect(ids('138 0013')).toEqual(['C0003']);
  });

  it('matches IDs and names case-insensitively, best first', () => {
    expect(ids('c0001')).toEqual(['C0001']);
    expect(ids('ann')).toEqual(['C0001', 'C0010']);
    expect(ids('AN')).toEqual(['C0001', 'C0010']);
    expect(ids('ใจดี')).toEqual(['C0002']);
    expect(ids('王小明')).toEqual(['C0003']);
    expect(ids('小明')).toEqual(['C0003']);
    expect(ids('  ')).toEqual([]);
  });
});

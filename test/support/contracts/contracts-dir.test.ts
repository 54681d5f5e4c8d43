import { contractsAvailable, contractsDir, loadContractValidator } from './openapi-validator';

describe('contracts folder discovery', () => {
  const saved = process.env.CONTRACTS_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.CONTRACTS_DIR;
    else process.env.CONTRACTS_DIR = saved;
  });

  it('defaults to ../shared/contracts next to the repository', () => {
    delete process.env.CONTRACTS_DIR;
    expect(contractsDir()).toMatch(/[\\/]shared[\\/]contracts$/);
  });

  it('gives no validator when the folder is missing', () => {
    process.env.CONTRACTS_DIR = '/nonexistent/contracts-folder';
    expect(contractsAvailable()).toBe(false);
    expect(loadContractValidator()).toBeUndefined();
  });
});

import { conflict, notFound } from '../../platform/errors/domain-error';

export const agentNotFound = () => notFound('Agent');
export const usernameTaken = (username: string) => conflict(`Username "${username}" is already taken`);

import { describe, expect, it } from 'vitest';
import { ApiError, type Problem } from './client';
import { formErrors, waitText } from './problems';

const signInFields = ['username', 'password'] as const;

function problem(status: number, errors: [string, string][], extra: Partial<Problem> = {}): ApiError {
  return new ApiError(status, { status, title: 'One or more errors occurred!', errors: errors.map(([name, reason]) => ({ name, reason })), ...extra });
}

describe('formErrors', () => {
  it.each([
    {
      case: 'a field error goes to its field',
      error: problem(400, [['password', 'Enter your password.']]),
      expected: [{ field: 'password', message: 'Enter your password.' }],
    },
    {
      case: 'field errors come in the order of the form, whatever order the API sent them in',
      error: problem(400, [['password', 'Enter your password.'], ['username', 'Enter your username.']]),
      expected: [
        { field: 'username', message: 'Enter your username.' },
        { field: 'password', message: 'Enter your password.' },
      ],
    },
    {
      case: 'names are matched without case',
      error: problem(400, [['Username', 'Enter your username.']]),
      expected: [{ field: 'username', message: 'Enter your username.' }],
    },
    {
      case: 'an error naming no field of the form (a wrong password is "session") goes to the fallback field',
      error: problem(401, [['session', 'The username or password is not right.']]),
      expected: [{ field: 'username', message: 'The username or password is not right.' }],
    },
    {
      case: 'the same message twice for one field is shown once',
      error: problem(400, [['username', 'Too long.'], ['username', 'Too long.']]),
      expected: [{ field: 'username', message: 'Too long.' }],
    },
    {
      case: 'a problem without errors uses its detail',
      error: new ApiError(409, { status: 409, title: 'Conflict', detail: 'Someone else changed it.' }),
      expected: [{ field: 'username', message: 'Someone else changed it.' }],
    },
    {
      case: 'a server failure without a problem says so without blaming the user',
      error: new ApiError(503, undefined),
      expected: [{ field: 'username', message: 'Something went wrong on the server (503). Try again later.' }],
    },
    {
      case: 'a lock-out adds how long to wait, from Retry-After',
      error: new ApiError(429, { status: 429, errors: [{ name: 'session', reason: 'This account is locked until 09:45.' }] }, 900),
      expected: [{ field: 'username', message: 'This account is locked until 09:45. That is 15 minutes from now.' }],
    },
    {
      case: 'a network failure is an error about the whole form',
      error: new TypeError('Failed to fetch'),
      expected: [{ field: null, message: 'The tracker could not be reached. Check your connection and try again.' }],
    },
  ])('$case', ({ error, expected }) => {
    expect(formErrors(error, signInFields, 'username')).toEqual(expected);
  });

  it('puts errors about the whole form first when there is no fallback field', () => {
    const error = problem(400, [['password', 'Enter your password.'], ['csrfToken', 'Send the antiforgery token.']]);
    expect(formErrors(error, signInFields, null)).toEqual([
      { field: null, message: 'Send the antiforgery token.' },
      { field: 'password', message: 'Enter your password.' },
    ]);
  });
});

describe('waitText', () => {
  it.each([
    [1, '1 minute'],
    [60, '1 minute'],
    [61, '2 minutes'],
    [900, '15 minutes'],
    [7199, '2 hours'],
    [10_800, '3 hours'],
  ])('%i seconds is %s', (seconds, expected) => {
    expect(waitText(seconds)).toBe(expected);
  });
});

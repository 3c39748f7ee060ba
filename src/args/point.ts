import { badUserInput } from '../errors.ts';

/** Throws BAD_USER_INPUT unless `longitude` and `latitude` (degrees, WGS 84) name a point on Earth. */
export function checkPoint(longitude: number, latitude: number): void {
  if (!(longitude >= -180 && longitude <= 180)) {
    throw badUserInput('longitude', longitude, 'longitude must be between -180 and 180');
  }
  if (!(latitude >= -90 && latitude <= 90)) {
    throw badUserInput('latitude', latitude, 'latitude must be between -90 and 90');
  }
}

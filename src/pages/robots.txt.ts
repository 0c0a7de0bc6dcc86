import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/data-export';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site, import.meta.env.BASE_URL), { headers: { 'content-type': 'text/plain' } });
